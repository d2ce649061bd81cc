-- Applied by run.sh to the "before" copy of the data set only: removes what this branch's migrations
-- added, so that the baseline build runs on the schema it shipped with (M0090: the narrow
-- (Id, Name) index the business text search sorts its matches with).
DROP INDEX IF EXISTS IX_Businesses_Id_Name;
DELETE FROM VersionInfo WHERE Version = 90;
ANALYZE;
