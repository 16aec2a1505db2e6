import getpass
import os
import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template import Context, Engine

TEMPLATE = Path(settings.BASE_DIR) / "deploy" / "nginx.conf"


def client_max_body_size():
    """The largest request the proxy lets through, the site's own limit (settings.REQUEST_BODY_MAX_BYTES),
    in nginx's notation: whole megabytes."""
    return f"{-(-settings.REQUEST_BODY_MAX_BYTES // (1024 * 1024))}m"


class Command(BaseCommand):
    help = (
        "Prints the nginx configuration of the reverse proxy in front of gunicorn (deploy/nginx.conf): "
        "static files and media from STATIC_ROOT and MEDIA_ROOT, the request size limit of the site, "
        "short timeouts for slow clients, limits per address. Run nginx with it as any user: "
        "nginx -p <run folder> -c <file> -e stderr (docs/deployment.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--listen", default="127.0.0.1:8000", help="nginx's address (default 127.0.0.1:8000)")
        parser.add_argument(
            "--upstream", default="127.0.0.1:8001", help="gunicorn's host:port or unix:/path (default 127.0.0.1:8001)"
        )
        parser.add_argument(
            "--run-folder", required=True, help="a writable folder for the pid file and the buffered request bodies"
        )
        parser.add_argument("--error-log", default="stderr", help="file for nginx's errors (default stderr)")
        parser.add_argument("--access-log", default="off", help="file for the access log (default off)")
        parser.add_argument("--timeout", type=int, default=10, help="seconds allowed to slow clients (default 10)")
        parser.add_argument(
            "--connections-per-address", type=int, default=20, help="requests in progress per address (default 20)"
        )
        parser.add_argument(
            "--requests-per-second",
            type=int,
            default=20,
            help="requests per second and address passed to gunicorn, static files not counted (default 20)",
        )
        parser.add_argument(
            "--request-burst", type=int, default=100, help="requests above that rate let through at once (default 100)"
        )
        parser.add_argument("--certificate", help="TLS certificate chain (PEM): nginx then ends TLS itself")
        parser.add_argument("--certificate-key", help="the certificate's private key (PEM)")
        parser.add_argument(
            "--http-listen", default="80", help="with a certificate: the plain HTTP address, redirecting (default 80)"
        )
        parser.add_argument(
            "--forwarded-proto",
            choices=["https"],
            help="only when TLS ends at a load balancer in front of this nginx: the scheme to tell Django",
        )

    def handle(self, *args, **options):
        if bool(options["certificate"]) != bool(options["certificate_key"]):
            raise CommandError("--certificate and --certificate-key go together.")
        context = {
            **options,
            "run_folder": Path(options["run_folder"]).resolve(),
            "static_root": Path(settings.STATIC_ROOT).resolve(),
            "media_root": Path(settings.MEDIA_ROOT).resolve(),
            "client_max_body_size": client_max_body_size(),
            "server_names": " ".join(host for host in settings.ALLOWED_HOSTS if host != "*") or "_",
            # Started by root, nginx would hand its workers to `nobody`, who may not read the static and
            # media folders: they stay with the user who started it.
            "user": getpass.getuser() if os.geteuid() == 0 else "",
        }
        # nginx's own syntax has no {{ or {%: Django's template language fills it in unescaped.
        engine = Engine(autoescape=False)
        text = engine.from_string(TEMPLATE.read_text()).render(Context(context))
        # Without the blank lines the template's comments and conditions leave.
        self.stdout.write(re.sub(r"\n\s*\n(\s*\n)+", "\n\n", text).lstrip(), ending="")
