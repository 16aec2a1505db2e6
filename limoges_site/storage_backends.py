"""The media storage on S3-compatible object storage, with the caching header of each file.

django-storages sends AWS_S3_OBJECT_PARAMETERS with every object; its documentation names
get_object_parameters() as the place for parameters that depend on the object. A rendition's name
holds a digest of its content and may be kept for a year; an original's name could be given to
another file once it is deleted, so it is kept for a shorter time (relations/images.py,
cache_control). The same lifetimes are sent when Django serves the media itself (limoges_site/urls.py).
"""

from storages.backends.s3 import S3Storage

from relations import documents, images


class MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        # The name arrives with the bucket folder (AWS_LOCATION) in front of it, when there is one.
        in_media = name.removeprefix(f"{self.location}/") if self.location else name
        parameters = {**super().get_object_parameters(name), "CacheControl": images.cache_control(in_media)}
        headers = documents.media_headers(in_media)
        if headers:
            # A document's type from the format found in it, and whether it opens or downloads. (Object
            # storage keeps no Content-Security-Policy of its own: the CDN in front may add it.)
            parameters["ContentType"] = documents.content_type(in_media)
            parameters["ContentDisposition"] = headers["Content-Disposition"]
        return parameters
