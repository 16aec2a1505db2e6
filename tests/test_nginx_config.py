"""The reverse proxy's configuration (manage.py nginx_config, deploy/nginx.conf): its limits follow
the site's settings and nginx accepts it, with and without TLS. tests/test_slow_clients.py runs it."""

import io
import re
import shutil
import subprocess

import pytest
from django.core.management import call_command
from servers import nginx_program


def nginx_config(*arguments):
    output = io.StringIO()
    call_command("nginx_config", *arguments, stdout=output)
    return output.getvalue()


def directive(configuration, name):
    return re.findall(rf"^\s*{name} ([^;]+);", configuration, re.MULTILINE)


def test_the_proxy_lets_through_the_largest_image_with_its_form_and_no_more(settings, tmp_path):
    assert settings.REQUEST_BODY_MAX_BYTES == settings.IMAGE_MAX_UPLOAD_BYTES + 2 * 1024 * 1024
    assert directive(nginx_config("--run-folder", str(tmp_path)), "client_max_body_size") == ["12m"]
    settings.REQUEST_BODY_MAX_BYTES = 22 * 1024 * 1024
    assert directive(nginx_config("--run-folder", str(tmp_path)), "client_max_body_size") == ["22m"]


def test_static_files_and_media_are_read_from_the_settings_folders(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "collected"
    settings.MEDIA_ROOT = tmp_path / "uploads"
    configuration = nginx_config("--run-folder", str(tmp_path))
    assert f"{tmp_path}/collected/" in directive(configuration, "alias")
    assert f"{tmp_path}/uploads/" in directive(configuration, "alias")


def test_django_is_told_the_reader_address_and_scheme_never_what_the_reader_claims(tmp_path):
    headers = directive(nginx_config("--run-folder", str(tmp_path)), "proxy_set_header")
    assert "X-Forwarded-For $remote_addr" in headers
    assert "X-Forwarded-Proto $scheme" in headers


def nginx_accepts(configuration, folder):
    (folder / "nginx.conf").write_text(configuration)
    result = subprocess.run(
        [nginx_program(), "-t", "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e", "stderr"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr + configuration


@pytest.mark.skipif(nginx_program() is None, reason="nginx is not installed (apt-get install nginx)")
def test_nginx_accepts_the_configuration(tmp_path):
    nginx_accepts(nginx_config("--run-folder", str(tmp_path), "--upstream", "unix:/run/gunicorn.sock"), tmp_path)


@pytest.mark.skipif(nginx_program() is None or shutil.which("openssl") is None, reason="needs nginx and openssl")
def test_nginx_accepts_the_configuration_with_tls(tmp_path):
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    configuration = nginx_config(
        "--run-folder", str(tmp_path), "--listen", "127.0.0.1:8443", "--http-listen", "127.0.0.1:8080",
        "--certificate", str(tmp_path / "cert.pem"), "--certificate-key", str(tmp_path / "key.pem"),
    )  # fmt: skip
    assert directive(configuration, "listen") == ["127.0.0.1:8443 ssl http2", "127.0.0.1:8080"]
    assert directive(configuration, "return") == ["301 https://$host$request_uri"]
    nginx_accepts(configuration, tmp_path)
