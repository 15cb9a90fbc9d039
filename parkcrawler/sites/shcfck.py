"""www.shcfck.com (中国产业园区招商网): Z-BlogPHP 1.7 with the tpure theme."""

from .base import Site
from .zblog import ZBlogUrlRules

SHCFCK = Site(
    name="shcfck",
    # The live site's scheme: every permalink the CMS prints starts with http://www.
    base_url="http://www.shcfck.com/",
    hosts=("www.shcfck.com", "shcfck.com"),
    # Home for the lists, feed.php for exact dates of the newest posts, the sitemap for
    # articles no list reaches any more.
    start_paths=("/", "/feed.php", "/sitemap.xml"),
    rules=ZBlogUrlRules(),
)
