'use client';
import { RouteError } from '@/components/ui/route-error-client';

export default RouteError;
