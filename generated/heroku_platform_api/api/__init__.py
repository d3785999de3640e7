"""One module per tag of the Heroku Platform API document."""
