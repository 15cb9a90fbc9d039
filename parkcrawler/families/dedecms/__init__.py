"""DedeCMS 5.7 (织梦) with its default templates: GBK pages, static article files, dynamic duplicates."""
