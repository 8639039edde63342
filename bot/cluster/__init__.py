"""What several Rasa workers share (docs/DEPLOY.md): the Redis connection, the conversation lock store, web chat
presence, and the private PostgreSQL/Redis/nginx instances `make run-cluster` and the cluster tests start.

With REDIS_URL unset (`make run`) nothing here talks to Redis: one process, in-process locks.
"""
