from django.core.management.base import BaseCommand

from relations.roles import role_permissions, setup_roles


class Command(BaseCommand):
    help = "Create the editors, translators and administrators groups and give them their permissions."

    def handle(self, *args, **options):
        setup_roles()
        for name, permissions in role_permissions().items():
            self.stdout.write(f"{name}: {permissions.count()} permissions")
