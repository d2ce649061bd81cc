-- Applied by run.sh to the "before" copy of the data set only: removes what this branch's migrations
-- added, so that the baseline build runs on the schema it shipped with (M0100: the names of visible
-- catalog products; M0110: the dashboard's readiness index).
DROP TRIGGER IF EXISTS Businesses_names_au;
DROP TRIGGER IF EXISTS Products_names_au;
DROP TRIGGER IF EXISTS Products_names_ad;
DROP TRIGGER IF EXISTS Products_names_ai;
DROP TABLE IF EXISTS CatalogNames;
DROP INDEX IF EXISTS IX_Businesses_Status_Ekatalog_Readiness;
DROP INDEX IF EXISTS IX_Businesses_Status_Ekatalog;
CREATE INDEX IX_Businesses_Status_Ekatalog ON Businesses (Status, EkatalogStatus, Scale, KecamatanCode, ReadinessMask);
DELETE FROM VersionInfo WHERE Version IN (100, 110);
ANALYZE;
