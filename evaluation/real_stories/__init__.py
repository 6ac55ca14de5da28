"""End-to-end evaluation of the story report on real multi-outlet stories (issue 20).

    python -m evaluation.real_stories --split dev|test [--story NAME] [--errors] [--no-cache]

See README.md in this folder for the stories, the gold and the matching rules.
"""
