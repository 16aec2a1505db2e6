"""Public addresses of the section. Path segments are translated through
gettext (locale/*/LC_MESSAGES/django.po), so German readers get /de/partnerstaedte/...
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds, views

app_name = "relations"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(_("search/"), views.SearchView.as_view(), name="search"),
    path(_("twin-cities/"), views.CityListView.as_view(), name="city_list"),
    path(_("twin-cities/map/"), views.CityMapView.as_view(), name="city_map"),
    path(_("twin-cities/<slug:slug>/"), views.CityDetailView.as_view(), name="city_detail"),
    path(_("networks/"), views.NetworkListView.as_view(), name="network_list"),
    path(_("networks/<slug:slug>/"), views.NetworkDetailView.as_view(), name="network_detail"),
    path(_("solidarity/"), views.ProjectListView.as_view(), name="project_list"),
    path(_("solidarity/<slug:slug>/"), views.ProjectDetailView.as_view(), name="project_detail"),
    path(_("associations/"), views.AssociationListView.as_view(), name="association_list"),
    path(
        _("associations/subsidies.csv"),
        views.SubsidyOpenDataView.as_view(format="csv"),
        name="subsidies_csv",
    ),
    path(
        _("associations/subsidies.json"),
        views.SubsidyOpenDataView.as_view(format="json"),
        name="subsidies_json",
    ),
    path(
        _("associations/open-data.jsonld"),
        views.OpenDataCatalogView.as_view(),
        name="open_data_catalog",
    ),
    path(_("associations/<slug:slug>/"), views.AssociationDetailView.as_view(), name="association_detail"),
    path(_("articles/"), views.ArticleListView.as_view(), name="article_list"),
    path(_("articles/feed.rss"), feeds.LatestArticlesFeed(), name="article_feed"),
    path(_("articles/feed.atom"), feeds.LatestArticlesAtomFeed(), name="article_atom_feed"),
    path(_("articles/category/<slug:slug>/"), views.ArticleCategoryView.as_view(), name="article_category"),
    path(_("articles/<slug:slug>/"), views.ArticleDetailView.as_view(), name="article_detail"),
    path(_("events/"), views.EventListView.as_view(), name="event_list"),
    path(_("events/calendar.ics"), views.EventCalendarView.as_view(), name="event_calendar"),
    path(_("events/<slug:slug>/"), views.EventDetailView.as_view(), name="event_detail"),
    path(_("events/<slug:slug>/calendar.ics"), views.EventIcsView.as_view(), name="event_ics"),
    # Free-form pages come last: their addresses are the slugs of their place in the tree.
    path("<path:path>/", views.PageDetailView.as_view(), name="page"),
]
