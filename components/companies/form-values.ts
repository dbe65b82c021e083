// The company form's values as strings, the way the form holds them. A plain module (not
// 'use client') so that server pages can build initial values: a value exported from a client
// module reaches a server component only as a client reference, not as the object.
import type { Country } from '@/lib/validations/companies';

export interface CompanyFormValues {
  name: string;
  country: Country;
  registrationNumber: string;
  nace: string[];
  employees: string;
  street: string;
  postcode: string;
  city: string;
  lat: string;
  lng: string;
  languages: string[];
  description: string;
  website: string;
  email: string;
  phone: string;
}

export const emptyCompanyForm: CompanyFormValues = {
  name: '',
  country: 'DK',
  registrationNumber: '',
  nace: [],
  employees: '',
  street: '',
  postcode: '',
  city: '',
  lat: '',
  lng: '',
  languages: ['da'],
  description: '',
  website: '',
  email: '',
  phone: '',
};
