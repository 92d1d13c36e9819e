-- A count of changes for each group of tables the server keeps in memory
-- between writes: sessions with their accounts, and rounds with the
-- agreements they cover and their authorities. A rating saved changes
-- neither, so the sessions and rounds kept in memory outlive it; any write
-- to a table of the group, by any process, moves the group's count, and
-- triggers keep it, so no write path can forget it.
CREATE TABLE change_counts (
	scope TEXT PRIMARY KEY,
	n     INTEGER NOT NULL
);
INSERT INTO change_counts (scope, n) VALUES ('accounts', 0), ('rounds', 0);
CREATE TRIGGER users_insert_accounts AFTER INSERT ON users BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER users_update_accounts AFTER UPDATE ON users BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER users_delete_accounts AFTER DELETE ON users BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER user_authorities_insert_accounts AFTER INSERT ON user_authorities BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER user_authorities_update_accounts AFTER UPDATE ON user_authorities BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER user_authorities_delete_accounts AFTER DELETE ON user_authorities BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER sessions_insert_accounts AFTER INSERT ON sessions BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER sessions_update_accounts AFTER UPDATE ON sessions BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER sessions_delete_accounts AFTER DELETE ON sessions BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'accounts'; END;
CREATE TRIGGER assessments_insert_rounds AFTER INSERT ON assessments BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER assessments_update_rounds AFTER UPDATE ON assessments BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER assessments_delete_rounds AFTER DELETE ON assessments BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER assessment_agreements_insert_rounds AFTER INSERT ON assessment_agreements BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER assessment_agreements_update_rounds AFTER UPDATE ON assessment_agreements BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER assessment_agreements_delete_rounds AFTER DELETE ON assessment_agreements BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER authorities_insert_rounds AFTER INSERT ON authorities BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER authorities_update_rounds AFTER UPDATE ON authorities BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
CREATE TRIGGER authorities_delete_rounds AFTER DELETE ON authorities BEGIN UPDATE change_counts SET n = n + 1 WHERE scope = 'rounds'; END;
