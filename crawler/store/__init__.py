"""The store: one interface, its local-folder and S3 backends, the bucket layout and manifests."""
