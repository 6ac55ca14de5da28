"""Fresh stories (issue 20, fifteenth session): precision of the conflicts and updates the report lists, judged by reading."""
