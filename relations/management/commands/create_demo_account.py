import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from relations.roles import EDITORS, TRANSLATORS, setup_roles

USERNAME = "demo"
# One account per staff group besides the all-powerful demo account, to try what each role may do.
ROLE_ACCOUNTS = {"demo-editor": EDITORS, "demo-translator": TRANSLATORS}


class Command(BaseCommand):
    help = (
        "Creates (or resets) the demo staff accounts of the local demo site and prints how to log in: "
        "'demo' (superuser), 'demo-editor' and 'demo-translator'. "
        "Refuses to run in production (DEBUG off): demo accounts exist only on a laptop."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for the local demo site only; DEBUG is off here.")
        setup_roles()
        lines = []
        for username, group in [(USERNAME, None), *ROLE_ACCOUNTS.items()]:
            # A new random password on every run: no password is written in the repository.
            password = secrets.token_urlsafe(12)
            user, _created = get_user_model().objects.get_or_create(username=username)
            user.is_staff = True
            user.is_superuser = group is None
            user.set_password(password)
            user.save()
            if group:
                user.groups.set([Group.objects.get(name=group)])
            lines.append(f"  {username:<16} password '{password}'" + (f"  ({group})" if group else "  (superuser)"))
        self.stdout.write(
            self.style.SUCCESS(
                "Demo staff accounts ready. Log in at http://127.0.0.1:8000/fr/admin/ (or /de/admin/, /en/admin/):\n"
                + "\n".join(lines)
            )
        )
