"""Site families: one package per CMS (or CMS + theme) holding what is true of every site built on it.

Each package defines `FAMILY`, a parkcrawler.sites.Family: its URL rules (urls.py), its extractors
(extract.py, pure functions of a saved page) and, where it has them, its template's cleaning rules.
Profiles name a family (`family = "dedecms"`); parkcrawler.sites.registry finds it. Nothing outside a
family's package imports it by name.
"""
