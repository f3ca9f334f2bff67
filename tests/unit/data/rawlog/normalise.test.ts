import { describe, expect, it } from 'vitest';
import { normaliseChannel } from '../../../../src/lib/data/rawlog/channel';
import { normaliseField } from '../../../../src/lib/data/rawlog/field';
import { bucketMonth, monthOfDate } from '../../../../src/lib/data/rawlog/period';
import { labelKey } from '../../../../src/lib/base/fold';
import { DATE_CASES } from './date-cases';

describe('labelKey', () => {
	it.each([
		['Điện tử', 'dien tu'],
		['ĐIỆN  TỬ', 'dien tu'],
		['Điện tử'.normalize('NFD'), 'dien tu'],
		[' GDĐT ', 'gddt'],
		['I-VAN', 'i van'],
		['hình_thức', 'hinh thuc']
	])('%j → %j', (input, key) => expect(labelKey(input)).toBe(key));
});

describe('normaliseChannel', () => {
	it.each([
		['điện tử', 'electronic'],
		['Điện tử', 'electronic'],
		['Điện tử'.normalize('NFD'), 'electronic'],
		['dien tu', 'electronic'],
		['electronic', 'electronic'],
		['Online', 'electronic'],
		['GDĐT', 'electronic'],
		['gddt', 'electronic'],
		['Giao dịch điện tử', 'electronic'],
		['Trực tuyến', 'electronic'],
		['I-VAN', 'electronic'],
		['VssID', 'electronic'],
		['Dịch vụ công', 'electronic'],
		['giấy', 'paper'],
		['Giấy', 'paper'],
		['giay', 'paper'],
		['paper', 'paper'],
		['trực tiếp', 'paper'],
		['Truc tiep', 'paper'],
		['Bưu điện', 'paper'],
		['Một cửa', 'paper'],
		['fax', null],
		['', null],
		['điện', null],
		['1', null],
		['<script>alert(1)</script>', null]
	] as const)('%j → %s', (input, expected) => expect(normaliseChannel(input)).toBe(expected));
});

describe('normaliseField', () => {
	it.each([
		['Tham gia', 'participation_e_dossiers'],
		['tham gia BHXH, BHYT, BHTN', 'participation_e_dossiers'],
		['Thu', 'participation_e_dossiers'],
		['participation', 'participation_e_dossiers'],
		['participation_e_dossiers', 'participation_e_dossiers'],
		['Thực hiện chính sách', 'benefits_e_dossiers'],
		['THUC HIEN CHINH SACH BHXH', 'benefits_e_dossiers'],
		['Giải quyết chế độ', 'benefits_e_dossiers'],
		['benefits', 'benefits_e_dossiers'],
		['khác', null],
		['', null]
	] as const)('%j → %s', (input, expected) => expect(normaliseField(input)).toBe(expected));
});

describe('monthOfDate', () => {
	it.each(DATE_CASES)('%j → %s', (input, month) => expect(monthOfDate(input)).toBe(month));
});

describe('bucketMonth', () => {
	it.each([
		['2024-01', 'month', '2024-01'],
		['2024-01', 'quarter', '2024-Q1'],
		['2024-03', 'quarter', '2024-Q1'],
		['2024-04', 'quarter', '2024-Q2'],
		['2024-09', 'quarter', '2024-Q3'],
		['2024-12', 'quarter', '2024-Q4'],
		['2024-12', 'year', '2024']
	] as const)('%s by %s → %s', (month, granularity, period) => expect(bucketMonth(month, granularity)).toBe(period));
});
