"""Cluster mode: many crawl workers over one shared Redis frontier, one archive writer (docs/scaling.md).

Off unless REDIS_URL is set (the ClusterAddon in parkcrawler.cluster.addon switches it on); the
single-machine crawl is untouched. Everything in Redis lives under `parkcrawler:`, per spider:

    parkcrawler:{spider}:requests        zset   the frontier (scrapy-redis's PriorityQueue)
    parkcrawler:{spider}:dupefilter      set    request fingerprints of the current job
    parkcrawler:{spider}:leases:{worker} hash   requests a worker popped and has not finished
    parkcrawler:{spider}:alive:{worker}  string a worker's heartbeat (expires when it dies)
    parkcrawler:{spider}:workers         set    workers that may hold leases
    parkcrawler:{spider}:job             string the current crawl job (one archive run)
    parkcrawler:{spider}:job:{id}:*      its mode, workers, their stats, the lists it saw (expire in 7 days)
    parkcrawler:{spider}:state           string what the archive holds (published by the ingester)
    parkcrawler:{spider}:bucket          hash   the site's token bucket (cluster-wide politeness)
    parkcrawler:ingest                   list   items and raw pages for the one archive writer
    parkcrawler:ingest:processing        list   what the writer took and has not committed yet
"""
