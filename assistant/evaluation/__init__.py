"""The answer-accuracy suite: deterministic scoring of Assistant.ask against a question file."""
