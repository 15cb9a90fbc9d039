"""Boilerplate cleaning: the catalog of rules as data (rules.toml), detectors, and learned templates."""

from parkcrawler.clean.blocks import blockify, parse_body
from parkcrawler.clean.engine import Cleaner, CleanResult, Rule, clean_article
from parkcrawler.clean.templates import (
    LearningSettings,
    TemplateSet,
    count_templates,
    learn_templates,
    template_candidates,
)

__all__ = [
    "CleanResult",
    "Cleaner",
    "LearningSettings",
    "Rule",
    "TemplateSet",
    "blockify",
    "clean_article",
    "count_templates",
    "learn_templates",
    "parse_body",
    "template_candidates",
]
