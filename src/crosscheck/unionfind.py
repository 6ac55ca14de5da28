"""Union-find over integer ids: the grouping several stages need (entity names, a happening's dated marks,
comparable figures). Which member is a group's root never decides a group's contents or, where callers list
groups by their first member, its order."""

from __future__ import annotations


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
