"""The crawl side's defences (issue #10): every URL ends archived, failed or skipped, and no run exits 0
over lost data.

The crawl tests drive the real `scrapy crawl shcfck` against the emulated site (parkcrawler.testsite)
behind `http_proxy`, with the emulator made to misbehave where a test needs it; assertions are on the
archive's rows, the exit status and the log.
"""

from __future__ import annotations

import pytest

from parkcrawler.sites import SHCFCK, Skip
from parkcrawler.sites.base import is_private_host

# -- 5. loopback and private addresses in any spelling -------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "0x7f000001",  # hex
        "2130706433",  # one decimal number
        "127.1",  # short form
        "0177.0.0.1",  # octal
        "0x7f.1",  # hex short form
        "0",  # 0.0.0.0
        "[::ffff:127.0.0.1]",  # IPv4-mapped IPv6
        "localhost.",  # root dot
        "LOCALHOST",
        "a.localhost.",
        "%31%32%37.0.0.1",  # percent-encoded
        "１２７.0.0.1",  # full-width digits
        "169.254.169.254",
    ],
)
def test_unusual_spellings_of_ip_addresses_are_private_hosts(host):
    url = f"http://{host}/index.php/post/1.html"
    assert SHCFCK.resolve(url) == Skip(url, "private-host")
    assert is_private_host(host.strip("[]"))


@pytest.mark.parametrize("host", ["cafe.com", "face", "0x.com", "1.2.3.4.5", "www.sohu.com"])
def test_names_that_look_numeric_but_are_not_addresses_stay_offsite(host):
    url = f"http://{host}/a.html"
    assert SHCFCK.resolve(url) == Skip(url, "offsite")


def test_the_site_host_with_a_root_dot_is_the_site():
    assert SHCFCK.resolve("http://www.shcfck.com./index.php/post/7.html").url == (
        "http://www.shcfck.com/index.php/post/7.html"
    )
