"""Sites: profiles (data) bound to the families of their CMS (code). See base.py for the model."""

from parkcrawler.sites.base import SKIP_POLICIES, Family, Page, Site, Skip, UrlRules
from parkcrawler.sites.registry import (
    ProfileError,
    load_family,
    load_sites,
    packaged_site,
    site_from_profile,
    sites_from_settings,
)

__all__ = [
    "SKIP_POLICIES",
    "Family",
    "Page",
    "ProfileError",
    "Site",
    "Skip",
    "UrlRules",
    "load_family",
    "load_sites",
    "packaged_site",
    "site_from_profile",
    "sites_from_settings",
]
