"""gunicorn settings for ``gunicorn -c deploy/gunicorn.conf.py icsfeed.web.wsgi:app``.

Each worker opens its own database connection (no ``preload_app``: a connection must not
cross a fork). The web workers only read; run ``icsfeed poll`` as its own process (compose
service, systemd timer, Kubernetes CronJob) to keep the store fresh. Everything can be
overridden with gunicorn's own ``GUNICORN_CMD_ARGS``, or the few variables below.
"""
import multiprocessing
import os

bind = os.environ.get("ICSFEED_BIND", "0.0.0.0:8080")
workers = int(os.environ.get("WEB_CONCURRENCY", min(4, multiprocessing.cpu_count() * 2)))
worker_class = "gthread"
threads = int(os.environ.get("ICSFEED_THREADS", "4"))
timeout = 60
graceful_timeout = 30
keepalive = 5
# No worker recycling: the app's only growing state is a bounded render cache, and a fresh
# worker must reconcile the store before it answers (seconds), which recycling would repeat.
max_requests = 0
# An empty ICSFEED_ACCESS_LOG turns the access log off (behind nginx, which logs every request
# itself): gunicorn then formats no line per request, a sizeable share of the cost of answering
# a cached feed (bench/README.md, HTTP). A path or "-" (stderr, the default) keeps it.
accesslog = os.environ.get("ICSFEED_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("ICSFEED_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
proxy_allow_ips = forwarded_allow_ips
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None


def post_worker_init(worker):
    """Reconcile the store before the worker takes its first request (about a second)."""
    state = getattr(worker.wsgi, "extensions", {}).get("icsfeed")
    if state is not None:
        state.events.current()
