"""The CLI's subcommands, one a module: each parses its arguments, calls a public function
of a room (crawl, jobs, store) and prints what it did."""
