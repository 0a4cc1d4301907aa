"""The Telegram front end: ``bot.telegram.app.run`` runs it, ``build_application`` builds it."""
