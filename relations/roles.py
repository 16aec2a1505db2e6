"""The staff groups of the site and what they may reach beyond the admin's own permissions."""

TRANSLATORS = "translators"
ADMINISTRATORS = "administrators"


def can_edit_locale_files(user):
    """The locale editor (django-rosetta) is for translators and administrators only."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name__in=[TRANSLATORS, ADMINISTRATORS]).exists()
