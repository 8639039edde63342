"""The staff console: a web app where staff take over conversations handed off by the assistant."""
