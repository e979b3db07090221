package importer

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// Limits of one upload.
const (
	// MaxFileBytes is the largest file accepted (the multipart envelope may
	// add up to 64 KiB).
	MaxFileBytes = 10 << 20
	// MaxRows is the largest number of data rows (not counting the header
	// and blank rows).
	MaxRows = 100_000
	// maxXLSXUnzipped bounds the sum of the declared uncompressed sizes of
	// an XLSX file's zip entries; maxXLSXEntries their number. A zip bomb
	// declares more and is refused before excelize opens it; one that lies
	// about its sizes fails while reading, since archive/zip stops at the
	// declared size.
	maxXLSXUnzipped = 128 << 20
	maxXLSXEntries  = 1000
	// maxXLSXInMemory is the largest sheet excelize keeps in memory; larger
	// ones are streamed from a temporary file.
	maxXLSXInMemory = 16 << 20
	// maxColumns bounds the columns of a row.
	maxColumns = 100
)

// numberStyle says how a file writes numbers.
type numberStyle int

const (
	german  numberStyle = iota // CSV with ; or tab: 1.234,56
	english                    // CSV with ,: 1,234.56
	rawXLSX                    // XLSX cell values: 1234.56 (text cells may be German)
)

// table is an uploaded file as text: the header row and the data rows,
// each with its row number as a spreadsheet shows it (the header is row 1).
type table struct {
	header []string
	rows   []row
	style  numberStyle
}

type row struct {
	num   int
	cells []string
}

func (r row) cell(i int) string {
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

func (r row) blank() bool {
	for _, c := range r.cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// fileError is a problem with the file as a whole.
type fileError struct {
	key, de, en string
}

func (e *fileError) Error() string { return e.en }

var (
	errTooManyRows = &fileError{"import.tooManyRows",
		"Die Datei hat mehr als 100.000 Datenzeilen. Bitte teilen Sie sie auf.",
		"The file has more than 100,000 data rows. Please split it."}
	errEmpty = &fileError{"import.empty", "Die Datei ist leer oder hat keine Kopfzeile.",
		"The file is empty or has no header row."}
	errXLS = &fileError{"import.xls",
		"Das alte Excel-Format (.xls) wird nicht unterstützt. Bitte als .xlsx oder CSV speichern.",
		"The old Excel format (.xls) is not supported. Please save as .xlsx or CSV."}
	errXLSX = &fileError{"import.xlsxInvalid", "Die Datei ist keine gültige XLSX-Arbeitsmappe.",
		"The file is not a valid XLSX workbook."}
	errZipBomb = &fileError{"import.xlsxTooLarge",
		"Die XLSX-Datei ist entpackt zu groß oder hat zu viele Bestandteile; sie wird aus Sicherheitsgründen abgelehnt.",
		"The XLSX file is too large when unpacked or has too many parts; it is refused for safety."}
	errUTF16 = &fileError{"import.encodingUTF16",
		"Die Datei ist in UTF-16 kodiert. Bitte als „CSV UTF-8“ oder „CSV (Trennzeichen-getrennt)“ speichern.",
		"The file is encoded in UTF-16. Please save it as “CSV UTF-8” or “CSV (comma delimited)”."}
	errEncoding = &fileError{"import.encoding",
		"Die Datei ist weder gültiges UTF-8 noch Windows-1252 (oder keine Textdatei). Bitte als „CSV UTF-8“ speichern.",
		"The file is neither valid UTF-8 nor Windows-1252 (or not a text file). Please save it as “CSV UTF-8”."}
	errCSV = &fileError{"import.csvInvalid", "Die CSV-Datei ist fehlerhaft aufgebaut (Anführungszeichen prüfen).",
		"The CSV file is malformed (check the quotes)."}
	errTooManyColumns = &fileError{"import.tooManyColumns", "Die Datei hat zu viele Spalten (höchstens 100).",
		"The file has too many columns (at most 100)."}
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	utf8BOM  = []byte{0xEF, 0xBB, 0xBF}
)

// readTable turns an uploaded file into a table: XLSX by its zip magic,
// old XLS refused, anything else read as CSV.
func readTable(data []byte, xlsxHint bool) (*table, error) {
	switch {
	case bytes.HasPrefix(data, zipMagic):
		return readXLSX(data)
	case bytes.HasPrefix(data, oleMagic):
		return nil, errXLS
	case xlsxHint:
		return nil, errXLSX
	}
	return readCSV(data)
}

// decodeText returns the file as UTF-8: UTF-8 with or without BOM as is,
// otherwise Windows-1252 (what German Excel writes as "CSV (Trennzeichen-
// getrennt)"). UTF-16, binary files and bytes undefined in Windows-1252
// are refused.
func decodeText(b []byte) (string, error) {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return "", errUTF16
	}
	bom := bytes.HasPrefix(b, utf8BOM)
	b = bytes.TrimPrefix(b, utf8BOM)
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return "", errEncoding // NUL and other controls: binary or UTF-16 without BOM
		}
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	if bom {
		return "", errEncoding
	}
	for _, c := range b {
		switch c {
		case 0x81, 0x8D, 0x8F, 0x90, 0x9D: // undefined in Windows-1252
			return "", errEncoding
		}
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", errEncoding
	}
	return string(s), nil
}

// sniffDelimiter picks ;, tab or , by their count in the header line;
// German Excel writes ;, so it wins a tie.
func sniffDelimiter(text string) rune {
	line, _, _ := strings.Cut(text, "\n")
	best, n := ';', strings.Count(line, ";")
	for _, d := range []rune{'\t', ','} {
		if c := strings.Count(line, string(d)); c > n {
			best, n = d, c
		}
	}
	return best
}

func readCSV(data []byte) (*table, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	delim := sniffDelimiter(text)
	t := &table{style: german}
	if delim == ',' {
		t.style = english
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, errCSV
		}
		if len(rec) > maxColumns {
			return nil, errTooManyColumns
		}
		line, _ := r.FieldPos(0)
		if err := t.add(line, rec); err != nil {
			return nil, err
		}
	}
	if t.header == nil {
		return nil, errEmpty
	}
	return t, nil
}

// add appends a record: the first non-blank one is the header.
func (t *table) add(num int, cells []string) error {
	rw := row{num: num, cells: cells}
	if rw.blank() {
		return nil
	}
	if t.header == nil {
		t.header = cells
		return nil
	}
	if len(t.rows) == MaxRows {
		return errTooManyRows
	}
	t.rows = append(t.rows, rw)
	return nil
}

// checkZip refuses zip bombs and oddities before excelize sees the file.
func checkZip(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return errXLSX
	}
	if len(zr.File) > maxXLSXEntries {
		return errZipBomb
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if f.UncompressedSize64 > maxXLSXUnzipped || total > maxXLSXUnzipped {
			return errZipBomb
		}
	}
	return nil
}

func readXLSX(data []byte) (*table, error) {
	if err := checkZip(data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: maxXLSXUnzipped, UnzipXMLSizeLimit: maxXLSXInMemory})
	if err != nil {
		return nil, errXLSX
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errEmpty
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		return nil, errXLSX
	}
	defer rows.Close()
	t := &table{style: rawXLSX}
	for num := 1; rows.Next(); num++ {
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, errXLSX
		}
		if len(cells) > maxColumns {
			return nil, errTooManyColumns
		}
		if err := t.add(num, cells); err != nil {
			return nil, err
		}
	}
	if rows.Error() != nil {
		return nil, errXLSX
	}
	if t.header == nil {
		return nil, errEmpty
	}
	return t, nil
}
