"""The report layer: reads the store, never writes it.

``build_story`` turns a story's stored records into the JSON contract
(``story.schema.json``); the Markdown, HTML and CSV exports and the web app
all render from that one dictionary, so they can never disagree.
"""

from .story import build_story, validate_story, SCHEMA_PATH
from .exports import to_json, to_markdown, to_html, to_csv, write_all

__all__ = ["build_story", "validate_story", "SCHEMA_PATH", "to_json", "to_markdown", "to_html", "to_csv", "write_all"]
