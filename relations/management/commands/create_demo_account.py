import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from limoges_site.staff_login import must_use_two_factor
from relations.roles import EDITORS, PUBLISHERS, TRANSLATORS, setup_roles

USERNAME = "demo"
# One account per staff group besides the all-powerful demo account, to try what each role may do.
ROLE_ACCOUNTS = {"demo-editor": EDITORS, "demo-publisher": PUBLISHERS, "demo-translator": TRANSLATORS}


class Command(BaseCommand):
    help = (
        "Creates (or resets) the demo staff accounts of the local demo site and prints how to log in: "
        "'demo' (superuser), 'demo-editor', 'demo-publisher' and 'demo-translator'. "
        "The accounts that must use two-factor authentication get a new recovery code on each run, "
        "to enter after the password. "
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
            line = f"  {username:<16} password '{password}'"
            if must_use_two_factor(user):
                line += f"  recovery code '{self.two_factor_device(user)}'"
            lines.append(line + (f"  ({group})" if group else "  (superuser)"))
        self.stdout.write(
            self.style.SUCCESS(
                "Demo staff accounts ready. Log in at http://127.0.0.1:8000/fr/admin/ (or /de/admin/, /en/admin/):\n"
                + "\n".join(lines)
                + "\nAfter the password, choose 'Use a recovery code' (each code works once; run this again for more)."
            )
        )

    def two_factor_device(self, user):
        """Sets two-factor authentication up with an authenticator app nobody has, and returns one new
        recovery code: enough to log in on the laptop, and the real login steps are shown."""
        TOTPDevice.objects.get_or_create(user=user, name="default")
        backup, _created = StaticDevice.objects.get_or_create(user=user, name="backup")
        backup.token_set.all().delete()
        return backup.token_set.create(token=StaticToken.random_token()).token
