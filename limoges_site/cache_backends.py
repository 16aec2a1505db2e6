"""Django's Redis cache backend, keeping one Redis client per connection pool.

Django's backend makes a new redis.Redis object, with its table of some 170 response callbacks,
for every cache operation: for a cached page that was a third of the time spent on the cache.
A redis.Redis client is safe to share between threads and only wraps the connection pool, which
Django already keeps, so the client is kept too. Django's code names get_client() as the place
for such custom clients.
"""

from django.core.cache.backends import redis


class RedisCacheClient(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
