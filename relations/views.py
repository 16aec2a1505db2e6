"""Public pages of the section: thin generic views over the models' querysets."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from .models import Article, ArticleCategory, Association, City, Event, KeyFigure, Network, Page, SolidarityProject


class HomeView(TemplateView):
    template_name = "relations/home.html"

    def get_context_data(self, **kwargs):
        published_articles = Article.objects.published().select_related("image", "category")
        return super().get_context_data(
            page=Page.objects.published().filter(parent__isnull=True).first(),
            key_figures=KeyFigure.objects.published(),
            twin_cities=City.objects.published().filter(kind="twin"),
            networks=Network.objects.published(),
            featured_articles=published_articles.filter(is_featured=True)[:3],
            latest_articles=published_articles[:5],
            upcoming_events=Event.objects.published().upcoming()[:3],
            **kwargs,
        )


class PublishedListView(ListView):
    paginate_by = 20

    def get_queryset(self):
        return self.model.objects.published()


class PublishedDetailView(DetailView):
    def get_queryset(self):
        return self.model.objects.published()


class CityListView(PublishedListView):
    extra_context = {"page_title": _("Twin and partner cities")}
    model = City


class CityDetailView(PublishedDetailView):
    model = City


class NetworkListView(PublishedListView):
    extra_context = {"page_title": _("Networks and routes")}
    model = Network


class NetworkDetailView(PublishedDetailView):
    model = Network

    def get_queryset(self):
        return super().get_queryset().prefetch_related("members")


class ProjectListView(PublishedListView):
    extra_context = {"page_title": _("International solidarity projects")}
    model = SolidarityProject
    template_name = "relations/project_list.html"


class ProjectDetailView(PublishedDetailView):
    model = SolidarityProject
    template_name = "relations/project_detail.html"


class AssociationListView(PublishedListView):
    extra_context = {"page_title": _("Associations funded by the city")}
    model = Association


class AssociationDetailView(PublishedDetailView):
    model = Association

    def get_queryset(self):
        return super().get_queryset().prefetch_related("subsidies")


class ArticleListView(PublishedListView):
    extra_context = {"page_title": _("Articles")}
    model = Article

    def get_queryset(self):
        return super().get_queryset().select_related("category")


class ArticleCategoryView(ArticleListView):
    extra_context = None  # the category's name is the title

    def get_queryset(self):
        self.category = ArticleCategory.objects.filter(slug=self.kwargs["slug"]).first()
        if self.category is None:
            raise Http404
        return super().get_queryset().filter(category=self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, page_title=self.category.name, **kwargs)


class ArticleDetailView(PublishedDetailView):
    model = Article


class EventListView(PublishedListView):
    extra_context = {"page_title": _("Upcoming events")}
    model = Event

    def get_queryset(self):
        return super().get_queryset().upcoming()


class EventDetailView(PublishedDetailView):
    model = Event


class PageDetailView(DetailView):
    """A free-form page, found by the slugs of its place in the tree."""

    model = Page

    def get_object(self, queryset=None):
        slugs = self.kwargs["path"].split("/")
        page = Page.objects.published().filter(parent__isnull=True).first()
        for slug in slugs:
            page = Page.objects.published().filter(parent=page, slug=slug).first() if page else None
        if page is None:
            raise Http404
        return page
