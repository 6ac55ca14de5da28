"""The local web app: explore the stories of a store in a browser."""

from .app import create_app

__all__ = ["create_app"]
