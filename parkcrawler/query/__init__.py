"""The query side: search, stats, export and the Datasette plug-in. It reads the archive; nothing
below it (crawl, store, clean, extract, families, sites) imports it."""
