"""Boilerplate cleaning: the catalog of rules as data (rules.toml), detectors, and learned templates."""

from parkcrawler.clean.blocks import blockify, parse_body
from parkcrawler.clean.engine import Cleaner, CleanResult, Rule, clean_article
from parkcrawler.clean.templates import LearningSettings, TemplateSet, learn_templates

__all__ = [
    "CleanResult",
    "Cleaner",
    "LearningSettings",
    "Rule",
    "TemplateSet",
    "blockify",
    "clean_article",
    "learn_templates",
    "parse_body",
]
