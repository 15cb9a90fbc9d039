"""`python -m parkcrawler.cli`: the same as the `parkcrawler` command."""

from parkcrawler.cli import main

main()
