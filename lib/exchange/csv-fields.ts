// The fields a spreadsheet of firms can fill, on their own so that the import form (a client
// component) can list them without pulling the CSV parser into the browser bundle.
export const CSV_FIELDS = ['name', 'registrationNumber', 'nace', 'street', 'postcode', 'city', 'email', 'phone', 'employees', 'website'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ['name', 'registrationNumber', 'nace', 'postcode'];

/** Which column (0-based) holds each field; a field without a column is not imported. */
export type ColumnMapping = Partial<Record<CsvField, number>>;
