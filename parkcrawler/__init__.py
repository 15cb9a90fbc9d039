"""parkcrawler: a clean, queryable SQLite archive of Chinese industrial-park investment sites."""

__version__ = "0.1.0"
