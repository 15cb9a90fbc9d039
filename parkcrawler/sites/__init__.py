"""Site profiles. Adding a site running a known CMS family means adding a profile here."""

from .base import SKIP_POLICIES, Page, Site, Skip
from .shcfck import SHCFCK

SITES: dict[str, Site] = {site.name: site for site in (SHCFCK,)}

__all__ = ["SITES", "SKIP_POLICIES", "SHCFCK", "Page", "Site", "Skip"]
