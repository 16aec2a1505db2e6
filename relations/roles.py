"""The staff groups of the site and what each may do.

- editors write, publish and delete all content;
- translators fill the German and English fields of existing content: they cannot create,
  publish or delete, and the French text and publication settings are read-only for them;
- administrators do all of that and manage staff accounts, groups and login lock-outs.

The groups and their permissions are defined here and applied after every `migrate`
(and by `manage.py setup_roles`): changing this file and migrating changes the roles.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from modeltranslation.translator import translator

from .content_types import staff_content_models

EDITORS = "editors"
TRANSLATORS = "translators"
ADMINISTRATORS = "administrators"


def role_permissions():
    # What the web team writes (each model says so: relations/content_types.py); not the bookkeeping.
    # Translators change what has translated fields (relations/translation.py), and nothing else.
    content = Permission.objects.filter(
        content_type__app_label="relations",
        content_type__model__in=[model._meta.model_name for model in staff_content_models()],
    )
    translated = content.filter(
        content_type__model__in=[model._meta.model_name for model in translator.get_registered_models()]
    )
    return {
        EDITORS: content,
        TRANSLATORS: translated.filter(Q(codename__startswith="change_") | Q(codename__startswith="view_")),
        ADMINISTRATORS: Permission.objects.filter(
            # otp_totp, otp_static: the staff's two-factor devices, deleted when one is lost.
            content_type__app_label__in=["relations", "auth", "axes", "reversion", "otp_totp", "otp_static"]
        ),
    }


def setup_roles():
    for name, permissions in role_permissions().items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)


def setup_roles_after_migrate(sender, **kwargs):
    # Permissions are created by django.contrib.auth's own post_migrate handler, which runs first.
    setup_roles()


def may_edit_source(user, model):
    """Whether the user may create this kind of content, so write its French text and publish it.
    Staff who may only change it (translators) edit its German and English fields."""
    return user.has_perm(f"{model._meta.app_label}.add_{model._meta.model_name}")


def can_edit_locale_files(user):
    """The locale editor (django-rosetta) is for translators and administrators only."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name__in=[TRANSLATORS, ADMINISTRATORS]).exists()
