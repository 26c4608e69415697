// Mode of every procedure (READ, WRITE, SCHEMA, DBMS); the console classifier refuses all but READ.
SHOW PROCEDURES YIELD name, mode
RETURN name, mode
