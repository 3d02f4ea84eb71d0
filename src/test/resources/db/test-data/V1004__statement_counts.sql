-- Lets tests count the statements a request runs (support.Statements); the test server preloads the library.
create extension if not exists pg_stat_statements;
