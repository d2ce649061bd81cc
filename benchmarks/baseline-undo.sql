-- Applied by run.sh to the "before" copy of the data set only: removes what this branch's migrations
-- added, so that the baseline build runs on the schema it shipped with (M0090: the narrow
-- (Id, Name) index the business text search sorts its matches with).
DROP INDEX IF EXISTS IX_Businesses_Id_Name;
DELETE FROM VersionInfo WHERE Version = 90;
ANALYZE;
-- M0100: the names of visible catalog products.
DROP TRIGGER IF EXISTS Businesses_names_au;
DROP TRIGGER IF EXISTS Products_names_au;
DROP TRIGGER IF EXISTS Products_names_ad;
DROP TRIGGER IF EXISTS Products_names_ai;
DROP TABLE IF EXISTS CatalogNames;
DELETE FROM VersionInfo WHERE Version = 100;
ANALYZE;
