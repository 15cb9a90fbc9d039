"""Boilerplate cleaning: rules as data (rules.toml) applied by the engine, plus the contact detector."""

from .engine import Cleaner, CleanResult, Rule, blockify, clean_article, parse_body

__all__ = ["CleanResult", "Cleaner", "Rule", "blockify", "clean_article", "parse_body"]
