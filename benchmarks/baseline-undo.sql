-- Applied by run.sh to the "before" copy of the data set only: removes what this branch's migrations
-- added, so that the baseline build runs on the schema it shipped with (M0060's covering indexes).
DROP INDEX IF EXISTS IX_Businesses_Status_Ekatalog;
DROP INDEX IF EXISTS IX_Businesses_Kecamatan_Scale_Name;
DELETE FROM VersionInfo WHERE Version = 60;
ANALYZE;
