evaluate(new File(gitHistoryScript))
