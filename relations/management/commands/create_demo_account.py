import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "demo"


class Command(BaseCommand):
    help = (
        "Creates (or resets) the demo staff account of the local demo site and prints how to log in. "
        "Refuses to run in production (DEBUG off): demo accounts exist only on a laptop."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for the local demo site only; DEBUG is off here.")
        # A new random password on every run: no password is written in the repository.
        password = secrets.token_urlsafe(12)
        user, _created = get_user_model().objects.get_or_create(username=USERNAME)
        user.is_staff = True
        user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo staff account ready. Log in at http://127.0.0.1:8000/fr/admin/ "
                f"(or /de/admin/, /en/admin/) with user name '{USERNAME}' and password '{password}'."
            )
        )
