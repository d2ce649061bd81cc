-- Applied by run.sh to the "before" copy of the data set only: removes what this branch's migrations
-- added, so that the baseline build runs on the schema it shipped with (M0070: the readiness bitmask
-- on Businesses and its place in the dashboard's covering index, the attendance index, CatalogSearch).
DROP TRIGGER IF EXISTS Businesses_catalog_bd;
DROP TRIGGER IF EXISTS Businesses_catalog_au;
DROP TRIGGER IF EXISTS Products_catalog_au;
DROP TRIGGER IF EXISTS Products_catalog_ad;
DROP TRIGGER IF EXISTS Products_catalog_ai;
DROP TABLE IF EXISTS CatalogSearch;
DROP INDEX IF EXISTS IX_Businesses_Status_Ekatalog;
CREATE INDEX IX_Businesses_Status_Ekatalog ON Businesses (Status, EkatalogStatus, Scale, KecamatanCode);
ALTER TABLE Businesses DROP COLUMN ReadinessMask;
DROP INDEX IF EXISTS IX_TrainingRegistrations_Session_Status;
CREATE INDEX IX_TrainingRegistrations_Session_Status ON TrainingRegistrations (SessionId, Status, WaitlistSeq);
DELETE FROM VersionInfo WHERE Version = 70;
ANALYZE;
